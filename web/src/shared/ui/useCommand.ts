import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../api/problem';
import { describeProblem, fieldPath, translateFieldMessage } from './describeProblem';

interface CommandOptions<TInput, TResult> {
  run: (input: TInput) => Promise<TResult>;
  /** Queries that show what the command changes: refreshed after it, and on "reload" after a 412. */
  invalidates: QueryKey[];
  /** Field errors of a 400 go beside the inputs of this form. */
  form?: FormInstance;
  /** The success message; from the result when it names what was created. */
  success?: string | ((result: TResult) => string);
  onSuccess?: (result: TResult) => void;
  /** Shows a refusal in place instead of a message (e.g. an expert's conflict of interest); return true when handled. */
  onProblem?: (error: unknown) => boolean;
}

/**
 * A write: success message, refreshed queries, field errors beside the inputs, other problems in the user's
 * language, and a stale write (412) turned into "someone else changed this — reload".
 */
export function useCommand<TInput = void, TResult = unknown>(options: CommandOptions<TInput, TResult>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  return useMutation({
    mutationFn: options.run,
    onSuccess: async (result) => {
      await refresh();
      const success = typeof options.success === 'function' ? options.success(result) : options.success;
      void message.success(success ?? t('common.done'));
      options.onSuccess?.(result);
    },
    onError: (error) => {
      if (options.onProblem?.(error)) return;
      if (isProblem(error) && error.status === 412) {
        modal.confirm({
          title: t('problems.staleTitle'),
          content: t('problems.staleText'),
          okText: t('problems.staleReload'),
          cancelText: t('common.cancel'),
          onOk: refresh,
        });
        return;
      }
      if (isProblem(error) && options.form && Object.keys(error.fieldErrors).length > 0) {
        const known = new Set(Object.keys(options.form.getFieldsValue(true) ?? {}));
        const fields = Object.entries(error.fieldErrors).map(([key, messages]) => ({
          name: fieldPath(key),
          errors: messages.map((m) => translateFieldMessage(m, t)),
        }));
        options.form.setFields(fields.filter((f) => known.has(String(f.name[0]))) as never);
        if (fields.every((f) => known.has(String(f.name[0])))) return;
      }
      const text = describeProblem(error, t);
      void message.error({ content: [text.title, text.message, text.detail].filter(Boolean).join(' — '), duration: 8 });
    },
  });
}
