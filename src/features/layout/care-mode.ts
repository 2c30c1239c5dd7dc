/**
 * The browser-storage key of the care mode (关怀模式) choice. public/care-mode.js, which applies the
 * mode before the page paints and so cannot import, spells it out too; a dist test keeps them equal.
 */
export const CARE_MODE_KEY = 'care-mode';
