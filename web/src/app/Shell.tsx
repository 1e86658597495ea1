import { useState } from 'react';
import { Button, Drawer, Dropdown, Grid, Menu, Space } from 'antd';
import { MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/shared/auth/AuthProvider';
import { setLanguage } from '@/shared/i18n';
import { publicItems, workspaces } from './navigation';
import { NoticeBell } from './NoticeBell';

/** The frame of every page: brand, navigation (a drawer on phones), language, the signed-in user, the workspace's pages. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const narrow = !screens.md;

  const mine = workspaces.filter((w) => auth.is(w.role));
  const topItems = [...publicItems, ...mine.map((w) => ({ to: w.base, label: w.label }))];
  const current = [...topItems].reverse().find((item) => (item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)));
  const workspace = mine.find((w) => location.pathname.startsWith(w.base));
  const workspaceCurrent = workspace?.items
    .filter((item) => location.pathname === item.to || location.pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
  const menuItems = topItems.map((item) => ({ key: item.to, label: <Link to={item.to}>{t(item.label)}</Link> }));

  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  const languageButton = (
    <Button lang={otherLanguage} onClick={() => setLanguage(otherLanguage)}>
      {otherLanguage === 'en' ? 'English' : '中文'}
    </Button>
  );
  const userTools = auth.user ? (
    <Dropdown menu={{ items: [{ key: 'out', label: t('common.signOut'), onClick: () => void auth.signOut() }] }}>
      <Button icon={<UserOutlined />} aria-label={`${auth.name} · ${t('common.signOut')}`}>
        {narrow ? null : auth.name}
      </Button>
    </Dropdown>
  ) : (
    <Button type="primary" onClick={() => void auth.signIn()}>
      {t('common.signIn')}
    </Button>
  );

  return (
    <>
      <a className="tm-skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="tm-header">
        <Link to="/" className="tm-brand">
          {t('common.appName')}
        </Link>
        {narrow ? (
          <div style={{ flex: 1 }} />
        ) : (
          <nav aria-label={t('common.menu')} style={{ flex: 1, minWidth: 0 }}>
            <Menu className="tm-header-menu" mode="horizontal" selectedKeys={current ? [current.to] : []} items={menuItems} />
          </nav>
        )}
        <div className="tm-header-tools">
          {!narrow && languageButton}
          {auth.user && <NoticeBell />}
          {userTools}
          {narrow && <Button icon={<MenuOutlined />} aria-label={t('common.menu')} onClick={() => setDrawer(true)} />}
        </div>
      </header>
      <Drawer open={drawer} onClose={() => setDrawer(false)} title={t('common.menu')} placement="right" size="default">
        <nav aria-label={t('common.menu')}>
          <Menu
            mode="inline"
            selectedKeys={current ? [current.to] : []}
            items={topItems.map((item) => ({ key: item.to, label: t(item.label) }))}
            onClick={({ key }) => {
              setDrawer(false);
              navigate(key);
            }}
          />
        </nav>
        <Space style={{ marginTop: 16 }}>{languageButton}</Space>
      </Drawer>
      <main id="main" className="tm-content">
        {workspace && (
          <nav aria-label={t(workspace.label)}>
            <Menu
              className="tm-workspace-menu"
              mode="horizontal"
              disabledOverflow
              selectedKeys={workspaceCurrent ? [workspaceCurrent.to] : []}
              items={workspace.items.map((item) => ({ key: item.to, label: <Link to={item.to}>{t(item.label)}</Link> }))}
            />
          </nav>
        )}
        <Outlet />
      </main>
      <footer className="tm-footer">{t('common.appName')}</footer>
    </>
  );
}
