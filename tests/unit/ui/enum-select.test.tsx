// @vitest-environment happy-dom
/** The typed selects: a value comes back only when it is one of the options; the empty choice comes back as ''. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EnumSelect, OptionalEnumSelect } from '../../../components/ui/enum-select';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Fruit = 'apple' | 'pear';
const FRUITS = ['apple', 'pear'] as const;
const LABELS: Record<Fruit, string> = { apple: 'Apple', pear: 'Pear' };

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(node: React.ReactNode): Promise<HTMLSelectElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
  return container.querySelector('select')!;
}

/** Picks a value the way the browser reports it: whatever string the option (or a tampered DOM) holds. */
async function pick(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    setter.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('EnumSelect', () => {
  it('shows the labels and hands back the typed value picked', async () => {
    const onChange = vi.fn();
    const select = await render(<EnumSelect value="apple" options={FRUITS} labels={LABELS} onChange={onChange} />);
    expect([...select.options].map((o) => o.textContent)).toEqual(['Apple', 'Pear']);
    await pick(select, 'pear');
    expect(onChange).toHaveBeenCalledWith('pear');
  });

  it('ignores a value that is not one of its options', async () => {
    const onChange = vi.fn();
    const select = await render(<EnumSelect value="apple" options={FRUITS} labels={(f) => f.toUpperCase()} onChange={onChange} />);
    expect([...select.options].map((o) => o.textContent)).toEqual(['APPLE', 'PEAR']);
    const rogue = document.createElement('option');
    rogue.value = 'banana';
    select.append(rogue);
    await pick(select, 'banana');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('OptionalEnumSelect', () => {
  it('offers an empty first choice and hands back "" for it', async () => {
    const onChange = vi.fn();
    const select = await render(<OptionalEnumSelect value="pear" options={FRUITS} labels={LABELS} emptyLabel="Any fruit" onChange={onChange} />);
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any fruit'],
      ['apple', 'Apple'],
      ['pear', 'Pear'],
    ]);
    await pick(select, '');
    expect(onChange).toHaveBeenLastCalledWith('');
    await pick(select, 'apple');
    expect(onChange).toHaveBeenLastCalledWith('apple');
  });
});
