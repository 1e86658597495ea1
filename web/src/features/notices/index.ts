// Notifications (消息中心), its own lazy chunk.
export { NotificationsPage } from './NotificationsPage';
