<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Talk\IBroker: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Talk;

use OCP\IUser;
use OCP\Talk\Exceptions\NoBackendException;

interface IBroker {
	public function hasBackend(): bool;

	/**
	 * @throws NoBackendException when Talk is not available
	 */
	public function newConversationOptions(): IConversationOptions;

	/**
	 * @param IUser[] $moderators
	 * @throws NoBackendException when Talk is not available
	 */
	public function createConversation(string $name,
		array $moderators,
		?IConversationOptions $options = null): IConversation;

	/**
	 * @throws NoBackendException when Talk is not available
	 */
	public function deleteConversation(string $id): void;
}
