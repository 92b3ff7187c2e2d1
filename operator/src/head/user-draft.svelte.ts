// A new staff account being filled in, and the payloads that change an existing one. A reset or a
// deactivation sends the account as the server has it with one thing changed (admin:save-user is whole).
import type { PayloadIn, UserView } from '@kezek/shared';

export type UserPayload = PayloadIn<'admin:save-user'>;

export class UserDraft {
  username = $state('');
  name = $state('');
  role = $state<UserView['role']>('operator');
  password = $state('');
  deskIds = $state<string[]>([]);

  payload(): UserPayload {
    return {
      id: null,
      username: this.username.trim(),
      name: this.name.trim(),
      role: this.role,
      deskIds: [...this.deskIds],
      active: true,
      password: this.password,
    };
  }

  clear(): void {
    this.username = '';
    this.name = '';
    this.role = 'operator';
    this.password = '';
    this.deskIds = [];
  }
}

export const withPassword = (u: UserView, password: string): UserPayload => ({ ...u, password });
export const withActive = (u: UserView, active: boolean): UserPayload => ({ ...u, active, password: null });
