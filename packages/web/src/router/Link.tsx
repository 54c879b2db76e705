import type { AnchorHTMLAttributes, MouseEvent, ReactElement } from 'react';
import { navigate } from './history.js';

/** Props of {@link Link}: an anchor whose `href` is an in-app path. */
export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/**
 * An in-app link: a real `<a href>` (so it can be opened in a new tab), navigating without a
 * reload on a plain click.
 * @example <Link href="/patients">{t('nav.patients')}</Link>
 */
export function Link({ href, onClick, ...rest }: LinkProps): ReactElement {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (!event.defaultPrevented && event.button === 0 && !modified) {
      event.preventDefault();
      navigate(href);
    }
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
