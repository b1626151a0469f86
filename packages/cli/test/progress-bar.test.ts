import { ProgressBar } from '../src/progress-bar';

function terminal(columns: number | undefined) {
  const written: string[] = [];
  return { written, stream: { isTTY: true, columns, write: (text: string) => written.push(text) > 0 } as never };
}

describe('ProgressBar', () => {
  it('keeps its whole label on a terminal that reports 0 columns, and fits a narrow one', () => {
    const zero = terminal(0);
    new ProgressBar(zero.stream, 10, true).update(10, '10 imported');
    expect(zero.written.join('')).toContain('10/10 10 imported');
    const narrow = terminal(20);
    new ProgressBar(narrow.stream, 10, true).update(10, '10 imported');
    expect(narrow.written.join('')).toBe(`\r${'[##############################]'.slice(0, 19)}\u001b[K`);
  });

  it('draws nothing when disabled (a pipe, --json)', () => {
    const off = terminal(80);
    const bar = new ProgressBar(off.stream, 10, false);
    bar.update(5, 'x');
    bar.done();
    expect(off.written).toEqual([]);
  });
});
