import { expect, type Page } from '@playwright/test';
import { clickPopupOption } from './popup.js';

/** The UI languages, as the switch's options and `<html lang>` name them. */
export type UiLocale = 'zh-CN' | 'en' | 'bo';

/** Picks a language from the header (or sign-in page) switch and waits until the page speaks it. */
export async function switchLanguage(page: Page, locale: UiLocale): Promise<void> {
  const trigger = page.getByTestId('language-switch');
  await trigger.click();
  await clickPopupOption(trigger, page.getByTestId(`language-option-${locale}`));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}
