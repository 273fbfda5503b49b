// Indonesian (id) reply texts, friendly marketplace chat style addressing the shopper as "Kak".
import type { Catalog } from './en.js';

export const id: Catalog = {
  greeting: 'Halo Kak! Saya asisten virtual {shop}. Saya bisa bantu cek pesanan, kasih info soal pengiriman, retur, dan pembayaran, atau hubungkan Kakak dengan tim kami. Ada yang bisa saya bantu?',
  thanks: 'Sama-sama, Kak! Ada lagi yang bisa saya bantu?',
  goodbye: 'Terima kasih sudah menghubungi {shop}, Kak. Semoga harinya menyenangkan!',
  ask_order_number: 'Baik Kak, saya bantu cek ya. Boleh info nomor pesanannya? Formatnya seperti {example}.',
  ask_order_email: 'Untuk menjaga privasi Kakak, mohon info alamat email yang dipakai untuk pesanan {number} ya.',
  order_not_found: 'Maaf Kak, pesanan {number} tidak ditemukan dengan data tersebut. Mohon cek lagi nomor pesanannya (formatnya seperti {example}) dan email yang dipakai saat checkout ya.',
  order_unpaid: 'Pesanan {number} masih menunggu pembayaran ({total}). Pesanan akan langsung diproses setelah pembayaran terkonfirmasi ya, Kak.',
  order_awaiting_group_buy: 'Pesanan {number} sudah dibayar dan sedang menunggu kuota group buy terpenuhi. Setelah grupnya lengkap, pesanan akan langsung dikemas dan dikirim.',
  order_paid: 'Pesanan {number} sudah dibayar dan sedang disiapkan. Kami jamin pesanan sampai paling lambat {promised}.',
  order_packed: 'Pesanan {number} sudah dikemas dan akan segera diserahkan ke kurir. Kami jamin pesanan sampai paling lambat {promised}.',
  order_partially_shipped: 'Sebagian pesanan {number} sudah dikirim lewat {carrier} (resi {tracking}): {event}. Sisanya akan dikirim dalam paket terpisah ya, Kak.',
  order_shipped: 'Pesanan {number} sedang dikirim lewat {carrier}, nomor resi {tracking}. Update terakhir: {event}. Estimasi tiba: {eta}.',
  order_delivered: 'Pesanan {number} sudah diterima pada {delivered}. Kalau ada masalah dengan pesanannya, kabari saya ya, nanti saya hubungkan dengan tim kami.',
  order_cancelled: 'Pesanan {number} dibatalkan pada {cancelled}. Dana yang sudah dibayarkan akan dikembalikan ke metode pembayaran semula.',
  order_closed: 'Pesanan {number} sudah selesai dan ditutup. Ada lagi yang bisa saya bantu terkait pesanan ini, Kak?',
  handoff: 'Saya sambungkan Kakak dengan tim kami ya, mereka yang akan bantu selanjutnya. Kakak tetap bisa kirim pesan, dan tim kami bisa melihat seluruh percakapan ini.',
  handoff_anger: 'Mohon maaf atas ketidaknyamanannya, Kak. Saya langsung hubungkan dengan tim kami sekarang supaya masalahnya terselesaikan dengan baik.',
  clarify: 'Maaf Kak, saya kurang paham maksudnya. Boleh dijelaskan dengan kalimat lain? Saya bisa bantu soal pesanan, lacak paket, pengiriman, retur, pembayaran, dan kupon.',
  knowledge: '{body}',
  knowledge_source: 'Sumber: {title}',
  no_answer: 'Maaf Kak, saya belum punya jawaban yang pasti untuk itu, jadi saya teruskan ke tim kami ya.',
  quick_order: 'Pesanan saya sudah sampai mana?',
  quick_shipping: 'Ongkos kirim',
  quick_returns: 'Kebijakan retur',
};
