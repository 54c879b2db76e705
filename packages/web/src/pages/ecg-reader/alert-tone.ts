/**
 * The critical-ECG sound: a short rising two-tone chime generated with Web Audio (no audio file
 * to download). Browsers start audio only after the user has interacted with the page, so the
 * context is created or resumed on the first click or key press.
 */

let context: AudioContext | null = null;

/**
 * Creates or resumes the audio context. Call from a user gesture (a click or key press).
 * @returns true when sound can play now.
 */
export function unlockAudio(): boolean {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') {
      void context.resume();
    }
    return true;
  } catch {
    return false; // no Web Audio (very old browser or blocked by policy)
  }
}

/** Unlocks the audio on the page's first click or key press. Safe to call more than once. */
export function unlockAudioOnFirstGesture(): () => void {
  const unlock = (): void => {
    unlockAudio();
    remove();
  };
  const remove = (): void => {
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
  return remove;
}

/** One beep: frequency in Hz, start and length in seconds from now. */
function beep(ctx: AudioContext, frequencyHz: number, startS: number, lengthS: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequencyHz;
  const t0 = ctx.currentTime + startS;
  // Soft attack and release: a click-free tone that is noticed without startling.
  gain.gain.setValueAtTime(0.0001, t0);
  gain.gain.exponentialRampToValueAtTime(0.3, t0 + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, t0 + lengthS);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(t0);
  oscillator.stop(t0 + lengthS + 0.02);
}

/**
 * Plays the critical-ECG chime (about one second: two rising pairs of tones).
 * @returns false when the sound could not play (audio not unlocked yet, or no Web Audio).
 */
export function playAlertTone(): boolean {
  if (context === null || context.state !== 'running') {
    return false;
  }
  [0, 0.45].forEach((offsetS) => {
    beep(context as AudioContext, 880, offsetS, 0.16);
    beep(context as AudioContext, 1320, offsetS + 0.18, 0.2);
  });
  return true;
}
