'use client';
/**
 * How a figure names the model's CPUs. The model numbers its cores 0…n-1;
 * chapter 4's lab maps them to the CPU numbers of the machine the console
 * describes (a reader pinned to CPU 5 should be drawn as CPU 5).
 */
import { createContext, useContext } from 'react';

export const CpuNames = createContext<(modelCpu: number) => number>((cpu) => cpu);

export function useCpuName(): (modelCpu: number) => number {
  return useContext(CpuNames);
}
