// Every permission is refused except notifications, and those only for our own page.
import { isTrustedUrl } from './origins'

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications'])

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  origins: readonly string[]
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl, origins)
}

interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string }
    ) => void
  ): void
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean
  ): void
}

export function installPermissionHandlers(session: PermissionSession, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? '', origins))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, origins)
  )
}
