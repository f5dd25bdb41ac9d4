/** The global a non-English page's interface-strings script sets (src/i18n/interfaceScript.ts) and components/cell/uiText.ts reads. */
export const INTERFACE_STRINGS_GLOBAL = 'courseInterfaceStrings';
