/* TEST-ONLY stand-in for Windows' system ICU (icuuc.dll), which Wine 8 lacks.
 *
 * Qt6Core.dll imports 20 ucnv_* functions from icuuc.dll (shipped with Windows 10 1903 and
 * later) for legacy text codecs. Under Wine the import fails and "import PySide6.QtCore" dies
 * with "DLL load failed". smoke_wine.sh builds this file with mingw-w64 and puts the DLL into
 * the throw-away Wine prefix's system32, never into the installer: real Windows has the real
 * one. Every converter "fails to open", so Qt falls back to its built-in UTF-8/UTF-16/Latin-1
 * codecs, which is all the application uses. */
#include <stddef.h>
#include <stdint.h>

#define API __declspec(dllexport)
typedef int UErrorCode;
enum { U_FILE_ACCESS_ERROR = 4 };

API void *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
API int32_t ucnv_countAvailable(void) { return 0; }
API const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
API const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
/* Never reached without an open converter; present so that the import table resolves. */
API void ucnv_close(void *c) { (void)c; }
API void ucnv_reset(void *c) { (void)c; }
API int ucnv_getMaxCharSize(void *c) { (void)c; return 1; }
API const char *ucnv_getName(void *c, UErrorCode *err) {
    (void)c;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
API void ucnv_getToUCallBack(void) {}
API void ucnv_getFromUCallBack(void) {}
API void ucnv_setToUCallBack(void) {}
API void ucnv_setFromUCallBack(void) {}
API void ucnv_cbToUWriteUChars(void) {}
API void ucnv_cbFromUWriteUChars(void) {}
API void ucnv_toUnicode(void) {}
API void ucnv_fromUnicode(void) {}
API int32_t ucnv_toUCountPending(void) { return 0; }
API int32_t ucnv_fromUCountPending(void) { return 0; }
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
