import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrafficLight } from './queries';

const colours: Record<TrafficLight, string> = { Green: 'success', Amber: 'warning', Red: 'error', None: 'default' };

/** 红黄绿: the light in words as well as colour, so it reads without colour too. */
export function LightTag({ light }: { light: TrafficLight }) {
  const { t } = useTranslation();
  const name = t(`statistics.lights.${light}`);
  return <Tag color={colours[light]}>{light === 'None' ? name : t('statistics.lightLabel', { light: name })}</Tag>;
}

/** A share as a bar beside its figure; the figure itself is the text, the bar only repeats it. */
export function ShareBar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div aria-hidden="true" style={{ background: '#f0f0f0', borderRadius: 2, height: 8, minWidth: 80 }}>
      <div style={{ width: `${width}%`, background: '#1677ff', borderRadius: 2, height: 8 }} />
    </div>
  );
}
