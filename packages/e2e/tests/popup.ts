import { expect, type Locator } from '@playwright/test';

/** Where an option is and whether its dropdown is still opening (antd motion classes). */
interface OptionPlace {
  x: number;
  y: number;
  height: number;
  moving: boolean;
}

async function optionPlace(option: Locator): Promise<OptionPlace | null> {
  if ((await option.count()) !== 1) {
    return null;
  }
  return option.evaluate((element) => {
    const popup = element.closest('.ant-select-dropdown, .ant-dropdown, .ant-popover');
    const box = element.getBoundingClientRect();
    return {
      x: box.x,
      y: box.y,
      height: box.height,
      moving: popup !== null && /-(appear|enter|leave)(-|\s|$)/.test(popup.className),
    };
  });
}

/**
 * Clicks an option of an open dropdown (antd Select, Dropdown or Popconfirm) once the dropdown
 * has settled beside the control that opened it, where a person sees it. A dropdown first renders
 * where it measures itself, then slides into place and may scroll its list to the current value;
 * on a busy machine a click in between lands on the header or on a neighbouring option.
 * @param control the select, search box or button whose dropdown is open.
 * @param option the option to click (inside the dropdown).
 */
export async function clickPopupOption(control: Locator, option: Locator): Promise<void> {
  let previous: OptionPlace | null = null;
  await expect
    .poll(
      async () => {
        const [anchor, place] = [await control.boundingBox(), await optionPlace(option)];
        const last = previous;
        previous = place;
        if (anchor === null || place === null || last === null || place.moving) {
          return false;
        }
        const still = place.x === last.x && place.y === last.y;
        const below = place.y >= anchor.y + anchor.height - 1;
        const above = place.y + place.height <= anchor.y + 1;
        return still && (below || above);
      },
      { intervals: [100] },
    )
    .toBe(true);
  await option.click();
}
