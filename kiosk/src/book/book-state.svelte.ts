// The resident's way through /book: service -> day and time -> name and phone -> the code. A second
// panel looks a code up and cancels it. The page sees free places per slot, never who took them.
import {
  addDays,
  isValidIin,
  LANGS,
  localDate,
  type BookingOptions,
  type BookingPublicView,
  type Lang,
  type Slot,
  type SlotList,
} from '@kezek/shared';
import { bookApi } from './book-api.ts';
import { normalPhone } from './book-text.ts';

export type BookStep = 'service' | 'slot' | 'contact' | 'done';
export type FieldProblem = 'name' | 'phone' | 'iin' | null;
export interface Chosen {
  sectorId: string;
  serviceId: string | null;
  aheadDays: number;
}

export class BookState {
  lang = $state<Lang>(initialLang());
  options = $state.raw<BookingOptions | null>(null);
  step = $state<BookStep>('service');
  chosen = $state.raw<Chosen | null>(null);
  day = $state<string | null>(null);
  slot = $state.raw<Slot | null>(null);
  slots = $state.raw<SlotList | null>(null);
  name = $state('');
  phone = $state('');
  iin = $state('');
  problem = $state<FieldProblem>(null);
  /** The last refusal, as the route's error code (book-text.ts says it). */
  error = $state<string | null>(null);
  pending = $state(false);
  booking = $state.raw<BookingPublicView | null>(null);

  timeZone: string = $derived(this.options?.timeZone ?? 'Asia/Almaty');
  /** Today (in the office's zone) and as many days after it as the service books ahead. */
  days: string[] = $derived.by(() => {
    const ahead = this.chosen?.aheadDays ?? 0;
    const today = localDate(Date.now(), this.timeZone);
    return Array.from({ length: ahead + 1 }, (_, i) => addDays(today, i));
  });

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

  choose(chosen: Chosen): void {
    this.chosen = chosen;
    this.error = null;
    this.step = 'slot';
    void this.chooseDay(this.day && this.days.includes(this.day) ? this.day : (this.days[0] ?? ''));
  }

  async chooseDay(day: string): Promise<void> {
    const chosen = this.chosen;
    if (!chosen || !day) return;
    this.day = day;
    this.slot = null;
    this.slots = null;
    const answer = await bookApi.slots(chosen.sectorId, chosen.serviceId, day);
    // A slower answer for a day the visitor has already left must not overwrite the newer one.
    if (this.day !== day || this.chosen !== chosen) return;
    if (answer.ok) this.slots = answer.data;
    else this.error = answer.error;
  }

  chooseSlot(slot: Slot): void {
    this.slot = slot;
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
    const { chosen, slot } = this;
    if (this.pending || !chosen || !slot) return;
    const askIin = this.options?.iinEnabled ?? false;
    const phone = normalPhone(this.phone);
    const iin = this.iin.replace(/\s/g, '');
    this.problem = !this.name.trim() ? 'name' : !phone ? 'phone' : askIin && !isValidIin(iin) ? 'iin' : null;
    if (this.problem || !phone) return;
    this.pending = true;
    const answer = await bookApi.book({
      sectorId: chosen.sectorId,
      serviceId: chosen.serviceId,
      start: slot.start,
      name: this.name.trim(),
      phone,
      iin: askIin ? iin : null,
      lang: this.lang,
    });
    this.pending = false;
    if (!answer.ok) {
      this.error = answer.error;
      if (answer.error === 'iin_invalid') {
        this.problem = 'iin';
        return;
      }
      // A slot taken meanwhile: the day again, with the places as they are now.
      this.step = 'slot';
      if (this.day) void this.chooseDay(this.day).then(() => (this.error = answer.error));
      return;
    }
    this.booking = answer.data;
    this.step = 'done';
  }

  again(): void {
    this.booking = null;
    this.slot = null;
    this.error = null;
    this.step = 'service';
  }
}

/** ?lang=, else Kazakh, the state language. */
function initialLang(): Lang {
  const asked = new URL(location.href).searchParams.get('lang');
  return (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : 'kk';
}
