/** An error caused by the user's input: printed as one line naming the input, never as a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
