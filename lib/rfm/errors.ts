/** Raised for input the RFM and ABC engines cannot score (non-finite numbers, invalid dates or options). */
export class RfmInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RfmInputError";
  }
}
