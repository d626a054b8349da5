/* TEST-ONLY stand-in for Windows' bcryptprimitives.dll, whose ProcessPrng Wine 8 lacks.
 *
 * cryptography's Rust extension (_rust.pyd, built with Rust >= 1.78) takes its random bytes
 * from bcryptprimitives.dll!ProcessPrng, present on every Windows 10/11. Under Wine 8 the
 * import fails and "import cryptography" dies with "DLL load failed". smoke_wine.sh builds this
 * file with mingw-w64 into the throw-away Wine prefix's system32, never into the installer.
 * It forwards to BCryptGenRandom (the system RNG), which Wine implements. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
