/** The global the interface-strings script sets (src/i18n/interfaceScript.ts: tables by language) and components/cell/uiText.ts reads. */
export const INTERFACE_STRINGS_GLOBAL = 'courseInterfaceStrings';
