<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * How to make a failing criterion hold: an action the app performs itself (a button, see
 * ComplianceFixes), or a link to the place where an admin changes it. Both name the exact setting.
 */
final class Fix {
	public const ACTION = 'action';
	public const LINK = 'link';

	private function __construct(
		public readonly string $kind,
		/** What the button or link says, translated. */
		public readonly string $label,
		/** The exact setting, e.g. `occ config:app:set spreed force_passwords --value=1`. */
		public readonly string $setting,
		public readonly ?string $action = null,
		public readonly ?string $url = null,
	) {
	}

	/** @param string $action one of ComplianceFixes::ACTIONS */
	public static function action(string $action, string $label, string $setting): self {
		return new self(self::ACTION, $label, $setting, action: $action);
	}

	public static function link(string $url, string $label, string $setting): self {
		return new self(self::LINK, $label, $setting, url: $url);
	}

	/** @return array{kind: string, label: string, setting: string, action?: string, url?: string} */
	public function toArray(): array {
		$fix = ['kind' => $this->kind, 'label' => $this->label, 'setting' => $this->setting];
		if ($this->action !== null) {
			$fix['action'] = $this->action;
		}
		if ($this->url !== null) {
			$fix['url'] = $this->url;
		}
		return $fix;
	}
}
