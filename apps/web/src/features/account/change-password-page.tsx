import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { describeError } from "../../ui/states.tsx";
import { TextField } from "../../ui/text-field.tsx";
import type { SessionUser } from "./use-session.ts";

/** After signing in with a one-time password: choose one's own before anything else. */
export function ChangePasswordPage({ user }: { user: SessionUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeated, setRepeated] = useState("");
  const errorId = useId();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({ onSuccess: () => queryClient.resetQueries() }),
  );
  const mismatch = repeated !== "" && repeated !== newPassword ? "The two new passwords differ" : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!mismatch) change.mutate({ currentPassword, newPassword });
  }
  const error = mismatch ?? (change.error ? describeError(change.error) : null);
  return (
    <div className="account-page">
      <form className="account-form" onSubmit={submit} aria-describedby={error ? errorId : undefined}>
        <h1>Choose your password</h1>
        <p className="muted">
          {user.email} signed in with a one-time password. Choose your own (at least 12 characters; a few
          unrelated words are easy to remember and hard to guess).
        </p>
        <TextField
          label="One-time password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onValueChange={setCurrentPassword}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={newPassword}
          onValueChange={setNewPassword}
        />
        <TextField
          label="New password again"
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          onValueChange={setRepeated}
        />
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          Save password
        </button>
        {error ? (
          <p className="form-error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
