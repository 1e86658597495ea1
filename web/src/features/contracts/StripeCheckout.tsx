import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stripe, StripeElements } from '@stripe/stripe-js';
// The pure loader fetches Stripe.js only when asked to: a server without a publishable key never reaches Stripe.
import { loadStripe } from '@stripe/stripe-js/pure';

/**
 * Stripe's Payment Element for a PaymentIntent the server created: the payer enters card (or Alipay, WeChat Pay…)
 * details with Stripe, never with us, and the webhook confirms the payment on the server.
 */
export function StripeCheckout({ publishableKey, clientSecret, onDone }: { publishableKey: string; clientSecret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void loadStripe(publishableKey).then((loaded) => {
      if (!loaded || cancelled || !mount.current) return;
      const elements = loaded.elements({ clientSecret });
      elements.create('payment').mount(mount.current);
      setStripe({ stripe: loaded, elements });
    });
    return () => {
      cancelled = true;
    };
  }, [publishableKey, clientSecret]);
  const pay = async () => {
    if (!stripe) return;
    setPaying(true);
    const result = await stripe.stripe.confirmPayment({ elements: stripe.elements, redirect: 'if_required' });
    setPaying(false);
    if (result.error) setError(result.error.message ?? t('problems.status.other'));
    else onDone();
  };
  return (
    <>
      <div ref={mount} style={{ minHeight: 120 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Button type="primary" disabled={!stripe} loading={paying} onClick={() => void pay()} style={{ marginTop: 12 }}>{t('pay.cardPay')}</Button>
    </>
  );
}
