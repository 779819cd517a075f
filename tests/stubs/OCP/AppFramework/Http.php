<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Http: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework;

class Http {
	public const STATUS_OK = 200;
	public const STATUS_CREATED = 201;
	public const STATUS_SEE_OTHER = 303;
	public const STATUS_NOT_MODIFIED = 304;
	public const STATUS_BAD_REQUEST = 400;
	public const STATUS_UNAUTHORIZED = 401;
	public const STATUS_FORBIDDEN = 403;
	public const STATUS_NOT_FOUND = 404;
	public const STATUS_CONFLICT = 409;
	public const STATUS_PRECONDITION_FAILED = 412;
	public const STATUS_TOO_MANY_REQUESTS = 429;
	public const STATUS_INTERNAL_SERVER_ERROR = 500;
	public const STATUS_SERVICE_UNAVAILABLE = 503;
}
