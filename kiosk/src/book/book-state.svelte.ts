// The resident's way through /book: service -> day and time -> name and phone -> the code. A second
// panel looks a code up and cancels it. The page keeps nothing of other people: it sees free counts
// per slot, never who booked them.
import { isValidIin, LANGS, type Lang } from '@kezek/shared';
import { bookApi, type BookOptions, type BookSlots, type BookingView } from './book-api.ts';
import { normalPhone } from './book-text.ts';

export type BookStep = 'service' | 'slot' | 'contact' | 'done';
export type FieldProblem = 'name' | 'phone' | 'iin' | null;

export class BookState {
  lang = $state<Lang>(initialLang());
  options = $state.raw<BookOptions | null>(null);
  step = $state<BookStep>('service');
  serviceId = $state<string | null>(null);
  day = $state<string | null>(null);
  time = $state<string | null>(null);
  slots = $state.raw<BookSlots | null>(null);
  name = $state('');
  phone = $state('');
  iin = $state('');
  problem = $state<FieldProblem>(null);
  /** The last refusal, as the route's error code (book-text.ts says it). */
  error = $state<string | null>(null);
  pending = $state(false);
  booking = $state.raw<BookingView | null>(null);

  constructor() {
    void this.load();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    history.replaceState(null, '', `${location.pathname}?lang=${lang}`);
  }

  async load(): Promise<void> {
    const answer = await bookApi.options();
    if (answer.ok) {
      this.options = answer.data;
      this.error = null;
    } else this.error = answer.error;
  }

  chooseService(id: string): void {
    this.serviceId = id;
    this.error = null;
    this.step = 'slot';
    const first = this.options?.days[0];
    if (first) void this.chooseDay(first);
  }

  async chooseDay(day: string): Promise<void> {
    if (!this.serviceId) return;
    this.day = day;
    this.time = null;
    this.slots = null;
    const answer = await bookApi.slots(this.serviceId, day);
    // A slower answer for a day the visitor has already left must not overwrite the newer one.
    if (this.day !== day) return;
    if (answer.ok) this.slots = answer.data;
    else this.error = answer.error;
  }

  chooseTime(time: string): void {
    this.time = time;
    this.error = null;
    this.step = 'contact';
  }

  back(): void {
    this.error = null;
    this.problem = null;
    if (this.step === 'contact') this.step = 'slot';
    else if (this.step === 'slot') this.step = 'service';
  }

  async submit(): Promise<void> {
    if (this.pending || !this.serviceId || !this.day || !this.time) return;
    const askIin = this.options?.askIin ?? false;
    const phone = normalPhone(this.phone);
    const iin = this.iin.replace(/\s/g, '');
    this.problem = !this.name.trim()
      ? 'name'
      : askIin && !isValidIin(iin)
        ? 'iin'
        : !askIin && !phone
          ? 'phone'
          : null;
    if (this.problem) return;
    this.pending = true;
    const answer = await bookApi.book({
      serviceId: this.serviceId,
      day: this.day,
      time: this.time,
      name: this.name.trim(),
      ...(askIin ? { iin } : { phone: phone ?? '' }),
      lang: this.lang,
    });
    this.pending = false;
    if (!answer.ok) {
      this.error = answer.error;
      // A slot taken meanwhile: show the day again with the counts as they are now.
      if (this.day) void this.chooseDay(this.day);
      this.step = 'slot';
      return;
    }
    this.booking = answer.data;
    this.step = 'done';
  }

  again(): void {
    this.booking = null;
    this.time = null;
    this.error = null;
    this.step = 'service';
  }
}

/** ?lang=, else Kazakh, the state language. */
function initialLang(): Lang {
  const asked = new URL(location.href).searchParams.get('lang');
  return (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : 'kk';
}
