import { type Role, ROLES } from '@tradeflow/domain';
import { FormField } from '../../forms/form-field';

/** The role a new user or API key gets (viewer, editor, admin). */
export function RoleField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: Role;
  error: string | undefined;
  onChange(role: Role): void;
}) {
  return (
    <FormField compact id={id} label="Role" error={error}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
