import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import type { SessionUser } from "./use-session.ts";

/** Who is signed in, and signing out. */
export function AccountMenu({ user }: { user: SessionUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({ onSettled: () => queryClient.resetQueries() }),
  );
  return (
    <div className="account-menu">
      <span className="account-menu__who" title={user.email}>
        {user.name} <span className="muted">({user.role})</span>
      </span>
      <button
        type="button"
        className="link-button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        Sign out
      </button>
    </div>
  );
}
