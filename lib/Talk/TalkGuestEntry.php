<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Controller\PageController;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCP\AppFramework\Controller;
use OCP\EventDispatcher\Event;
use OCP\IRequest;

/**
 * The two ways a guest enters a Talk room, read from Talk's own objects (checked against Talk 22):
 * Talk's public page of the conversation, and the join request the page (or any client) then sends.
 * Static, like TalkAdapter's readers, so global middlewares and listeners need no Talk service.
 */
final class TalkGuestEntry {
	/** Talk's page methods that show a conversation to whoever opens its link (`/call/{token}`). */
	private const PAGE_METHODS = ['showcall', 'authenticatepassword', 'index'];

	/**
	 * The token of the conversation Talk's public page is about to show, or null for any other request.
	 * The route's `token` parameter names it (Talk's `index` takes it as a query parameter too).
	 */
	public static function pageToken(Controller $controller, string $methodName, IRequest $request): ?string {
		if (!$controller instanceof PageController || !in_array(strtolower($methodName), self::PAGE_METHODS, true)) {
			return null;
		}
		$token = $request->getParam('token');
		return is_string($token) && $token !== '' ? $token : null;
	}

	/**
	 * The token of the room a guest is about to join through Talk's join endpoint
	 * (`POST /ocs/v2.php/apps/spreed/api/{v}/room/{token}/participants/active`), or null: other events,
	 * and guests Talk creates itself (phone dial-in through the SIP bridge), who cannot read a web page.
	 */
	public static function joiningGuestToken(Event $event, IRequest $request): ?string {
		if (!$event instanceof BeforeGuestJoinedRoomEvent) {
			return null;
		}
		try {
			$uri = $request->getRequestUri();
		} catch (\Throwable) {
			return null;
		}
		if (preg_match('#/apps/spreed/api/v\d+/room/[^/]+/participants/active(?:\?|$)#', $uri) !== 1) {
			return null;
		}
		return $event->getRoom()->getToken();
	}
}
