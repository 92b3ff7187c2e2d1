// Phone numbers as the per-person limit compares them. Kazakh numbers are written +7 701…, 8 701… or
// 701…: the last ten digits name the line, whichever prefix the visitor typed.
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}
