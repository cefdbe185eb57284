import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SuspensionBanner } from '../../moderation/components/SuspensionBanner';
import { Footer } from './Footer';
import { Header } from './Header';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // A new page starts at the top, and screen readers start reading its content rather than the header.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="container main">
        <SuspensionBanner />
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
