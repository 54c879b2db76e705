import { expect, type Locator } from '@playwright/test';

/**
 * Clicks an option of an open dropdown (antd Select or Dropdown) once the dropdown hangs beside
 * the control that opened it, where a person sees it. A dropdown first renders where it measures
 * itself and only then moves into place; on a busy machine a click in between lands on whatever
 * is under that first position and the choice is lost.
 * @param control the select, search box or button whose dropdown is open.
 * @param option the option to click (inside the dropdown).
 */
export async function clickPopupOption(control: Locator, option: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const [anchor, item] = [await control.boundingBox(), await option.boundingBox()];
      if (anchor === null || item === null) {
        return false;
      }
      const below = item.y >= anchor.y + anchor.height - 1;
      const above = item.y + item.height <= anchor.y + 1;
      return below || above;
    })
    .toBe(true);
  await option.click();
}
