import type { ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** The server's limit for a reason (Validation.MaxReasonLength). */
export const maxReasonLength = 500;

/**
 * A decision that needs a written reason (an objection, its answer, 重新发榜, 流榜): a labelled text area the form
 * checks before sending, and optional fields above it (a new deadline).
 */
export function ReasonModal<T extends { reason: string }>({
  title, label, okText, pending, onSubmit, onClose, children, danger,
}: {
  title: string;
  label: string;
  okText: string;
  pending: boolean;
  onSubmit: (values: T) => void;
  onClose: () => void;
  children?: ReactNode;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={okText} cancelText={t('common.cancel')}
      okButtonProps={{ loading: pending, danger }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onSubmit}>
        {children}
        <Form.Item name="reason" label={label} rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: maxReasonLength, message: t('validation.length', { min: 1, max: maxReasonLength }) },
        ]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
