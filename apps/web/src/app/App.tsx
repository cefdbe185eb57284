import { Route, Routes } from 'react-router';
import { AppLayout } from '../modules/layout/components/AppLayout';
import { AskPage } from '../pages/AskPage';
import { BadgesPage } from '../pages/BadgesPage';
import { CommunityPage } from '../pages/CommunityPage';
import { HelpQueuePage } from '../pages/HelpQueuePage';
import { HomePage } from '../pages/HomePage';
import { LeaderboardPage } from '../pages/LeaderboardPage';
import { ModerationAuditLogPage } from '../pages/ModerationAuditLogPage';
import { ModerationNoticesPage } from '../pages/ModerationNoticesPage';
import { ModerationQueuePage } from '../pages/ModerationQueuePage';
import { ModerationUserPage } from '../pages/ModerationUserPage';
import { ModerationWatchedWordsPage } from '../pages/ModerationWatchedWordsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { ProfilePage } from '../pages/ProfilePage';
import { QuestionPage } from '../pages/QuestionPage';
import { SearchPage } from '../pages/SearchPage';
import { SignInPage } from '../pages/SignInPage';
import { SignUpPage } from '../pages/SignUpPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="c/:slug" element={<CommunityPage />} />
        <Route path="questions/:id" element={<QuestionPage />} />
        <Route path="ask" element={<AskPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="users/:id" element={<ProfilePage />} />
        <Route path="leaderboard" element={<LeaderboardPage />} />
        <Route path="badges" element={<BadgesPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="unanswered" element={<HelpQueuePage queue="unanswered" />} />
        <Route path="unsolved" element={<HelpQueuePage queue="unsolved" />} />
        <Route path="moderation" element={<ModerationQueuePage />} />
        <Route path="moderation/users/:id" element={<ModerationUserPage />} />
        <Route path="moderation/watched-words" element={<ModerationWatchedWordsPage />} />
        <Route path="moderation/audit-log" element={<ModerationAuditLogPage />} />
        <Route path="moderation-notices" element={<ModerationNoticesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
