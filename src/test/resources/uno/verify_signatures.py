"""Asks LibreOffice, over UNO, whether each OOXML package given holds a valid digital signature.

Usage: python3 verify_signatures.py PROFILE_DIR FILE...
Prints one line per signature: path, valid (True/False), signer subject, certificate status;
"NONE" when LibreOffice finds no signature. The package is opened as ZipFormat storage: opened as
OFOPXMLFormat, LibreOffice 7.4 finds no signature in an .xlsx at all.
"""
import sys, time, subprocess, os, uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

def connect(pipe, timeout=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    end = time.time() + timeout
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if time.time() > end: raise
            time.sleep(0.3)

pipe = "tipa%d" % os.getpid()
profile = sys.argv[1]
proc = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo", "-env:UserInstallation=" + profile,
                         "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    ctx = connect(pipe)
    smgr = ctx.ServiceManager
    factory = smgr.createInstanceWithContext("com.sun.star.embed.StorageFactory", ctx)
    dds = smgr.createInstanceWithContext("com.sun.star.security.DocumentDigitalSignatures", ctx)
    for path in sys.argv[2:]:
        fmt = PropertyValue(); fmt.Name = "StorageFormat"; fmt.Value = "ZipFormat"
        # The property list must reach the factory typed as a sequence of PropertyValue, not as a tuple of Any.
        arguments = (uno.systemPathToFileUrl(os.path.abspath(path)), 1,
                     uno.Any("[]com.sun.star.beans.PropertyValue", (fmt,)))
        storage = uno.invoke(factory, "createInstanceWithArguments", (arguments,))
        infos = dds.verifyDocumentContentSignatures(storage, None)
        for i in infos:
            print("%s\t%s\t%s\t%s" % (path, i.SignatureIsValid, i.Signer.SubjectName if i.Signer else "", i.CertificateStatus))
        if not infos: print("%s\tNONE" % path)
finally:
    try:
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx); desktop.terminate()
    except Exception: pass
    proc.wait(30)
