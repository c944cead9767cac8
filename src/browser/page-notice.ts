/** Something the visitor can do about a notice: undo an import, jump to a question. */
export type NoticeAction = { label: string; run(): void } | { label: string; href: string };

/** Writes a notice into a status or alert element, with at most one button or link after the words. */
export function showNotice(el: HTMLElement, message: string, action?: NoticeAction): void {
  el.textContent = message;
  if (action) {
    el.append(' ');
    if ('href' in action) {
      const a = document.createElement('a');
      a.href = action.href;
      a.textContent = action.label;
      el.append(a);
    } else {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = action.label;
      b.addEventListener('click', () => action.run(), { once: true });
      el.append(b);
    }
  }
  el.hidden = false;
}
