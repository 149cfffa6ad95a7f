import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { describeError } from "../../ui/states.tsx";
import { TextField } from "../../ui/text-field.tsx";

/** The sign-in form; `problem` says why the last session ended, when it did. */
export function SignInPage({ problem }: { problem: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errorId = useId();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      // Everything cached belonged to nobody (or someone else): start afresh as the new user.
      onSuccess: () => queryClient.resetQueries(),
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email, password });
  }
  const error = login.error ? describeError(login.error) : problem;
  return (
    <div className="account-page">
      <form className="account-form" onSubmit={submit} aria-describedby={error ? errorId : undefined}>
        <h1>Sign in to Vigil</h1>
        <p className="muted">The risk map, field alerts and their review are for coalition members only.</p>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onValueChange={setEmail}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValueChange={setPassword}
        />
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? "Signing in…" : "Sign in"}
        </button>
        {error ? (
          <p className="form-error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
        <p className="muted account-form__hint">
          No account? An admin adds you (<code>pnpm vigil user add</code>) and gives you a one-time password.
        </p>
      </form>
    </div>
  );
}
