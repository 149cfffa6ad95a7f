/**
 * A field's error, beside the field rather than inside its label, so the label stays the field's name
 * for screen readers and the message is announced as it appears.
 */
export function FieldError({ message }: { message: string | undefined }) {
  return message ? (
    <span className="form-error" role="alert">
      {message}
    </span>
  ) : null;
}
