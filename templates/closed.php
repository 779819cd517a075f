<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * @var array{title: string, message: string} $_
 */
?>
<div class="guest-box">
	<h2><?php p($_['title']); ?></h2>
	<p><?php p($_['message']); ?></p>
</div>
