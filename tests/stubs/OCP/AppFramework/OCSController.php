<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\OCSController: signature checked against nextcloud/ocp stable32; not the real implementation.
 * The real 'json' and 'xml' responders wrap the DataResponse in OC\AppFramework\OCS\V1Response / V2Response
 * (server-internal, not stubbed); here they return it unchanged, so tests mock buildResponse() to see the call.
 */

namespace OCP\AppFramework;

use OCP\IRequest;

abstract class OCSController extends ApiController {
	public function __construct($appName,
		IRequest $request,
		$corsMethods = 'PUT, POST, GET, DELETE, PATCH',
		$corsAllowedHeaders = 'Authorization, Content-Type, Accept, OCS-APIRequest',
		$corsMaxAge = 1728000) {
		parent::__construct($appName, $request, $corsMethods, $corsAllowedHeaders, $corsMaxAge);
		$this->registerResponder('json', static fn ($data) => $data);
		$this->registerResponder('xml', static fn ($data) => $data);
	}

	public function setOCSVersion($version) {
	}

	public function buildResponse($response, $format = 'xml') {
		return parent::buildResponse($response, $format);
	}
}
