import { zhCN } from './zh-CN';
import { en } from './en';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

describe('dictionaries', () => {
  it('have the same keys in Chinese and English, and no empty text', () => {
    const zh = leaves(zhCN as unknown as Tree);
    const english = leaves(en as unknown as Tree);
    expect(english.map(([k]) => k).sort()).toEqual(zh.map(([k]) => k).sort());
    expect([...zh, ...english].filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en as unknown as Tree));
    const mismatched = leaves(zhCN as unknown as Tree).filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join());
    expect(mismatched).toEqual([]);
  });

  it('give the Chinese text in Chinese', () => {
    const latinOnly = leaves(zhCN as unknown as Tree).filter(([key, text]) => !/[\u4e00-\u9fff]/.test(text) && !key.startsWith('serverMessages') && key !== 'common.appName');
    expect(latinOnly).toEqual([]);
  });
});
