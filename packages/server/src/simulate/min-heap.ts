/**
 * A binary min-heap: push and pop in O(log n). The simulation's event list and its worklist.
 * @example
 * const heap = new MinHeap<number>((a, b) => a - b);
 * heap.push(3); heap.push(1);
 * heap.pop(); // 1
 */
export class MinHeap<T> {
  private readonly items: T[] = [];

  /**
   * @param compare negative when `a` comes before `b`, positive after, 0 when equal (ties then
   * come out in no particular order: give the comparator a final unique key).
   */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** How many items it holds. */
  get size(): number {
    return this.items.length;
  }

  /** Adds `item`. */
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) >= 0) {
        break;
      }
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The first item without removing it, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Removes and returns the first item, or undefined when empty. */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) {
      return top;
    }
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < items.length && this.compare(items[left] as T, items[first] as T) < 0) {
        first = left;
      }
      if (right < items.length && this.compare(items[right] as T, items[first] as T) < 0) {
        first = right;
      }
      if (first === i) {
        return top;
      }
      this.swap(i, first);
      i = first;
    }
  }

  private swap(i: number, j: number): void {
    const items = this.items;
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
}
