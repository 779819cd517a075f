<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCP\IRequest;

/**
 * The `email` and `access` pair of the personal link Talk mails an e-mail guest
 * (`/call/{token}?email=…&access=…`, Talk 22 GuestManager::sendEmailInvitation). Talk's page checks the
 * pair against its attendee (PageController::invitedEmail) and lets the guest in as that attendee; the
 * notice page only carries it on, within the request and its redirects, so it grants nothing by itself.
 * Never logged nor stored. Values that cannot be such a pair are dropped, the link then works as a
 * plain guest link.
 */
final class PersonalLink {
	/** One `@` between two parts without spaces or control characters; RFC 5321 allows 254 characters. */
	private const EMAIL = '/^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+$/Du';
	private const EMAIL_MAX_LENGTH = 254;
	/** Talk's access token: 64 characters of ISecureRandom::CHAR_HUMAN_READABLE (a column of 64). */
	private const ACCESS = '/^[A-Za-z0-9]{1,64}$/D';

	private function __construct(
		public readonly string $email,
		#[\SensitiveParameter]
		public readonly string $access,
	) {
	}

	/** The pair, or null when either value is missing or cannot be one. */
	public static function from(mixed $email, #[\SensitiveParameter] mixed $access): ?self {
		if (!is_string($email) || !is_string($access) || strlen($email) > self::EMAIL_MAX_LENGTH
			|| preg_match(self::EMAIL, $email) !== 1 || preg_match(self::ACCESS, $access) !== 1) {
			return null;
		}
		return new self($email, $access);
	}

	public static function fromRequest(IRequest $request): ?self {
		return self::from($request->getParam('email'), $request->getParam('access'));
	}

	/**
	 * Route parameters of a page about `$token` that carry the pair where there is one.
	 *
	 * @return array{token: string, email?: string, access?: string}
	 */
	public static function routeParams(string $token, ?self $link): array {
		return $link === null ? ['token' => $token] : ['token' => $token, 'email' => $link->email, 'access' => $link->access];
	}
}
