// Neumaier's compensated sum. numpy sums with pairwise summation, whose error grows with
// log(n); a plain running sum grows with n and drifts past 1e-9 relative on a few million rows
// with large offsets. The compensation term keeps a streaming sum within a few ulps of the exact
// one, and two partial sums merge without losing it.
export class CompensatedSum {
  constructor(
    public sum = 0,
    public compensation = 0,
  ) {}

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  merge(other: CompensatedSum): void {
    this.add(other.sum);
    this.add(other.compensation);
  }

  value(): number {
    return this.sum + this.compensation;
  }

  toJSON(): [number, number] {
    return [this.sum, this.compensation];
  }

  static fromJSON(json: [number, number]): CompensatedSum {
    return new CompensatedSum(json[0], json[1]);
  }
}
