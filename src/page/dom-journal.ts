/**
 * Every change Chú Giải makes to a page's text nodes, in order, with how to take it back. Marks and highlights
 * share one journal: they split the same text nodes, so they can only be taken back together, last change first.
 */
export class DomJournal {
  private readonly undos: Array<() => void> = [];

  record(undo: () => void): void {
    this.undos.push(undo);
  }

  get size(): number {
    return this.undos.length;
  }

  /** Takes back every change, last first: the page's nodes hold what they held before the first. */
  undoAll(): void {
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]!();
    this.undos.length = 0;
  }
}
