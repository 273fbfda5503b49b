// Malay (ms) reply texts, Malaysian customer-service chat style.
import type { Catalog } from './en.js';

export const ms: Catalog = {
  greeting: 'Hai! Saya pembantu maya {shop}. Saya boleh semak pesanan, terangkan tentang penghantaran, pemulangan dan pembayaran, atau hubungkan anda dengan rakan sepasukan kami. Ada apa-apa yang boleh saya bantu?',
  thanks: 'Sama-sama! Ada apa-apa lagi yang boleh saya bantu?',
  goodbye: 'Terima kasih kerana menghubungi {shop}. Semoga hari anda ceria!',
  ask_order_number: 'Baik, saya boleh semakkan. Boleh berikan nombor pesanan anda? Contohnya seperti {example}.',
  ask_order_email: 'Untuk melindungi privasi anda, sila berikan alamat e-mel yang digunakan untuk pesanan {number}.',
  order_not_found: 'Maaf, saya tidak dapat menemui pesanan {number} dengan maklumat tersebut. Sila semak semula nombor pesanan (contohnya {example}) dan e-mel yang digunakan semasa checkout.',
  order_unpaid: 'Pesanan {number} sedang menunggu pembayaran ({total}). Pesanan akan diproses sebaik sahaja pembayaran disahkan.',
  order_awaiting_group_buy: 'Pesanan {number} telah dibayar dan sedang menunggu group buy cukup peserta. Sebaik sahaja kumpulan lengkap, pesanan akan dibungkus dan dihantar.',
  order_paid: 'Pesanan {number} telah dibayar dan sedang disediakan. Kami jamin pesanan sampai selewat-lewatnya pada {promised}.',
  order_packed: 'Pesanan {number} telah dibungkus dan akan diserahkan kepada kurier tidak lama lagi. Kami jamin pesanan sampai selewat-lewatnya pada {promised}.',
  order_partially_shipped: 'Sebahagian daripada pesanan {number} sedang dalam perjalanan melalui {carrier} (nombor penjejakan {tracking}): {event}. Selebihnya akan dihantar dalam bungkusan berasingan.',
  order_shipped: 'Pesanan {number} sedang dalam perjalanan melalui {carrier}, nombor penjejakan {tracking}. Status terkini: {event}. Anggaran tarikh sampai: {eta}.',
  order_delivered: 'Pesanan {number} telah dihantar pada {delivered}. Jika ada sebarang masalah, beritahu saya dan saya akan minta rakan sepasukan kami membantu anda.',
  order_cancelled: 'Pesanan {number} telah dibatalkan pada {cancelled}. Sebarang bayaran yang telah dibuat akan dikembalikan melalui kaedah pembayaran asal.',
  order_closed: 'Pesanan {number} telah selesai dan ditutup. Ada apa-apa lagi tentang pesanan ini yang boleh saya bantu?',
  handoff: 'Saya sedang menghubungkan anda dengan rakan sepasukan kami yang akan membantu seterusnya. Anda boleh terus menulis; mereka dapat melihat keseluruhan perbualan ini.',
  handoff_anger: 'Saya mohon maaf atas kesulitan ini. Saya akan hubungkan anda dengan rakan sepasukan kami sekarang juga supaya perkara ini dapat diselesaikan dengan sebaiknya.',
  clarify: 'Maaf, saya kurang faham. Boleh terangkan dengan cara lain? Saya boleh bantu tentang pesanan, penjejakan, penghantaran, pemulangan, pembayaran dan kupon.',
  knowledge: '{body}',
  knowledge_source: 'Sumber: {title}',
  no_answer: 'Saya tiada jawapan yang pasti untuk soalan itu, jadi saya akan serahkan kepada rakan sepasukan kami.',
  quick_order: 'Di mana pesanan saya?',
  quick_shipping: 'Kos penghantaran',
  quick_returns: 'Polisi pemulangan',
};
