<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Listener\AttendeeGuardListener;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Listener\GuestJoinedListener;
use OCA\SafeMeeting\Listener\JoinGuardListener;
use OCA\SafeMeeting\Listener\PrivacyNoticeJoinListener;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\AttendeeMapper;
use OCA\Talk\Model\Session;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\Service\SessionService;
use OCA\Talk\TalkSession;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;

/**
 * The privacy notice gate inside Talk 22's real join code (ParticipantService::joinRoomAsNewGuest, with
 * Safe Meeting's listeners registered by Application::register()): where the meeting requires the notice,
 * a guest who has not read its current version is refused with a link to the notice page before Talk
 * writes an attendee; after reading it, in the same session, the guest joins. An e-mail guest whom Talk's
 * own session knows from their personal link is sent back to that link instead.
 */
class PrivacyNoticeInTalkTest extends ReferenceTestCase {
	private const TOKEN = 'notice01';
	private const PAGE = 'https://cloud.example.org/index.php/apps/safe_meeting/m/notice01';

	private TalkServiceHarness $talk;
	private AttendeeMapper&MockObject $attendeeMapper;
	private ParticipantService $participants;
	/** @var array<string, mixed> the guest's PHP session */
	private array $session = [];
	private PrivacyNoticeGate $gate;
	/** Talk's own view of the guest's PHP session. */
	private TalkSession $talkSession;
	/** The meeting's plan setting, null for a plan made before the setting existed. */
	private ?string $required = 'required';

	protected function setUp(): void {
		$rooms = $this->createMock(RegisteredRoomLookup::class);
		$rooms->method('planFor')->willReturnCallback(fn (string $token): ?array => $token === self::TOKEN
			? ['title' => 'Hearing', 'settings' => $this->required === null ? [] : ['requirePrivacyNotice' => $this->required]]
			: null);
		$policy = $this->createMock(PolicyService::class);
		$policy->method('getOrganisationPolicy')->willReturn(['privacyNotice' => ['text' => 'We process …', 'url' => 'https://example.org/privacy', 'version' => '3'], 'settings' => []]);
		$session = $this->createMock(ISession::class);
		$session->method('get')->willReturnCallback(fn (string $key): mixed => $this->session[$key] ?? null);
		$session->method('set')->willReturnCallback(function (string $key, mixed $value): void {
			$this->session[$key] = $value;
		});
		$this->gate = new PrivacyNoticeGate($rooms, $policy, $session);
		$this->talkSession = new TalkSession($session);
		$joins = new TalkJoins($this->createMock(ParticipantService::class), $this->talkSession, $this->createMock(IUserSession::class), $this->createMock(IHasher::class), $this->createMock(ActorMarkMapper::class));
		$talk = $this->createMock(TalkLocator::class);
		$talk->method('get')->with(TalkJoins::class)->willReturn($joins);

		$request = $this->createMock(IRequest::class);
		$request->method('getRequestUri')->willReturn('/ocs/v2.php/apps/spreed/api/v4/room/' . self::TOKEN . '/participants/active');
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $args): string => $route === 'safe_meeting.noticePage.show'
			? 'https://cloud.example.org/index.php/apps/safe_meeting/m/' . $args['token'] : 'unexpected route');
		$l10n = $this->createMock(IFactory::class);
		$l10n->method('get')->willReturn(new FakeL10N());

		$this->talk = new TalkServiceHarness($this, [
			PrivacyNoticeJoinListener::class => new PrivacyNoticeJoinListener($request, $this->gate, $urls, $l10n, $talk),
			// The lock's listeners have their own tests in Talk's join code (JoinGuardInTalkTest).
			JoinGuardListener::class => $this->createMock(JoinGuardListener::class),
			AttendeeGuardListener::class => $this->createMock(AttendeeGuardListener::class),
			AutoLockListener::class => $this->createMock(AutoLockListener::class),
			GuestJoinedListener::class => $this->createMock(GuestJoinedListener::class),
		]);
		$this->talk->registerApp();

		$this->attendeeMapper = $this->createMock(AttendeeMapper::class);
		$sessions = $this->createMock(SessionService::class);
		$talkSession = new Session();
		$talkSession->setSessionId('new-session');
		$sessions->method('createSessionForAttendee')->willReturn($talkSession);
		$this->participants = $this->talk->build(ParticipantService::class, [
			'dispatcher' => $this->talk->dispatcher,
			'attendeeMapper' => $this->attendeeMapper,
			'sessionService' => $sessions,
			'connection' => $this->talk->db,
		]);
	}

	private function join(string $token = self::TOKEN): Attendee {
		$room = $this->talk->room(['token' => $token, 'type' => Room::TYPE_PUBLIC, 'password' => '', 'lastMessage' => null]);
		return $this->participants->joinRoomAsNewGuest($this->talk->roomService(), $room, '', true)->getAttendee();
	}

	public function testAGuestWhoSkippedTheNoticeIsRefusedWithItsLinkBeforeTalkWritesAnything(): void {
		$this->attendeeMapper->expects($this->never())->method('insert');
		try {
			$this->join();
			$this->fail('joined without reading the notice');
		} catch (OCSForbiddenException $e) {
			$this->assertSame('[t] Please read the privacy notice of this meeting first: ' . self::PAGE, $e->getMessage());
		}
		$this->assertSame([], $this->talk->writes);
	}

	public function testAnEmailGuestWhoCameWithTheirPersonalLinkIsSentBackToItNotToTheBareNoticePage(): void {
		// What Talk's page stores once it has checked `?email=…&access=…` (PageController::invitedEmail).
		$this->talkSession->setAuthedEmailActorIdForRoom(self::TOKEN, hash('sha256', 'guest@example.org'));
		$this->attendeeMapper->expects($this->never())->method('insert');
		try {
			$this->join();
			$this->fail('joined without reading the notice');
		} catch (OCSForbiddenException $e) {
			$this->assertSame('[t] Please read the privacy notice of this meeting first: open the personal link from your invitation e-mail again.', $e->getMessage());
		}
		$this->assertSame([], $this->talk->writes);
	}

	public function testTheGuestJoinsAfterReadingTheCurrentVersionInThisSession(): void {
		$this->assertFalse($this->gate->markRead(self::TOKEN, '2'), 'an older version does not count');
		$this->assertTrue($this->gate->markRead(self::TOKEN, '3'));
		$this->attendeeMapper->expects($this->once())->method('insert');

		$this->assertSame(Attendee::ACTOR_GUESTS, $this->join()->getActorType());
	}

	public function testMeetingsThatDoNotRequireTheNoticeAndOtherRoomsLetGuestsIn(): void {
		$this->required = 'optional';
		$this->attendeeMapper->expects($this->exactly(3))->method('insert');
		$this->join();
		$this->required = null; // a plan from before the setting: the policy has no default either
		$this->join();
		$this->join('otherroom');
	}
}
