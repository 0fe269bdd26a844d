// Links that leave the app (a company's website, an e-mail address): opened by the system, and a
// refusal or failure reported to the person instead of lost in an unhandled promise.
import { getPlatform } from './index'

export async function openLink(url: string, report: (error: unknown) => void): Promise<void> {
  try {
    await getPlatform().openExternal(url)
  } catch (error) {
    report(error)
  }
}
