import { useEffect, useRef } from 'react';
import type { ReceiptImage } from '../db/AppDB';

/**
 * A receipt image, shown from its stored bytes through an object URL that lives exactly as long
 * as the image is on screen: made and revoked by the effect (StrictMode's second run included),
 * and set on the element directly, since the URL is not state but a handle on the bytes.
 */
export function ReceiptThumb({ receipt, alt }: { receipt: ReceiptImage; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(receipt.blob);
    if (image.current) image.current.src = objectUrl;
    return () => URL.revokeObjectURL(objectUrl);
  }, [receipt.blob]);
  return <img ref={image} alt={alt} className="receipt-thumb" />;
}
