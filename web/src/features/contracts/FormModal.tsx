import { useState, type ReactNode } from 'react';
import { Button, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/** A button that opens a form in a dialog; the dialog closes when the command it runs succeeds. */
export function FormModal<T extends object>({
  label, title, children, onSubmit, danger, primary, initialValues, wide,
}: {
  label: string;
  title: string;
  children: (form: FormInstance<T>) => ReactNode;
  onSubmit: (values: T, form: FormInstance<T>) => Promise<unknown>;
  danger?: boolean;
  primary?: boolean;
  /** What the form starts from each time it opens (terms proposed before, say). */
  initialValues?: Partial<T>;
  /** For long forms (contract terms). */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [form] = Form.useForm<T>();
  const submit = async () => {
    const values = await form.validateFields();
    setPending(true);
    try {
      await onSubmit(values, form);
      setOpen(false);
      form.resetFields();
    } catch {
      // The command shows its problem itself; the dialog stays open so the person can correct it.
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button size="small" danger={danger} type={primary ? 'primary' : 'default'} onClick={() => setOpen(true)}>{label}</Button>
      <Modal open={open} title={title} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={pending} onOk={() => void submit()}
        onCancel={() => setOpen(false)} destroyOnHidden okButtonProps={{ danger }} width={wide ? 880 : undefined}>
        <Form form={form} layout="vertical" requiredMark="optional" initialValues={initialValues}>{children(form)}</Form>
      </Modal>
    </>
  );
}
