import { GesangError, isCentreEvent, type Centre } from '@gesang/domain';

/**
 * How far ahead of the server's clock an event time may be (clocks of phones and carts drift);
 * anything later is a typing error, refused rather than recorded.
 */
export const maxFutureSkewMs = 5 * 60_000;

/**
 * 400 naming `field` unless `event` is in the catalogue of `centre`.
 * @example assertCentreEvent('chest_pain', 'door', 'body.event');
 */
export function assertCentreEvent(centre: Centre, event: string, field: string): void {
  if (!isCentreEvent(centre, event)) {
    throw GesangError.badRequest(`${event} is not an event of the ${centre} centre`, field);
  }
}

/**
 * The instant of an event given as an ISO string, or `now` when none is given ("one tap").
 * @param at ISO 8601 instant with offset, or undefined.
 * @param now the server's current time (the configured clock).
 * @param field the request field, named in the 400 for a time further than
 *   {@link maxFutureSkewMs} in the future.
 * @example eventInstant(undefined, now, 'body.at') // now
 */
export function eventInstant(at: string | undefined, now: Date, field: string): Date {
  if (at === undefined) {
    return now;
  }
  const instant = new Date(at);
  if (instant.getTime() > now.getTime() + maxFutureSkewMs) {
    throw GesangError.badRequest('An event time cannot be in the future', field);
  }
  return instant;
}
