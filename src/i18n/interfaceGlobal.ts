/**
 * The global the interface-strings script sets (src/i18n/interfaceScript.ts:
 * tables by language) and components/cell/uiText.ts reads. A file of its own
 * so the page's bundle does not import interfaceScript.ts (node:crypto).
 */
export const INTERFACE_STRINGS_GLOBAL = 'courseInterfaceStrings';
